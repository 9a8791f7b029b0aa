# Dovecot IMAP on loopback, for the IMAP mailbox poller's tests (src/channels/email/imap-poller.ts,
# test/channels/imap-dovecot.test.ts). See docs/email.md.
#
# Sourced by .ci/run (as root). It can also be run by hand:
#   sudo bash .ci/services/dovecot.sh          # prints the variables to export
# It installs dovecot-imapd when missing, writes a minimal configuration in a fixed temporary folder
# (nothing in /etc is changed; a server left from an earlier run of this script is stopped first):
# one passwd-file user with a maildir, STARTTLS with a self-signed certificate for 127.0.0.1, and
# LMTP delivery (to USER+FOLDER@… into that folder). It starts Dovecot on free loopback ports,
# waits for the greetings and exports:
#   FRONTLINE_IMAP_TEST_URL  imap://USER:PASSWORD@127.0.0.1:PORT
#   FRONTLINE_IMAP_TEST_CA   the certificate (PEM) to trust for STARTTLS
#   FRONTLINE_LMTP_TEST_URL  lmtp://127.0.0.1:PORT (mail is delivered to the user's mailbox)

dc_dir=/tmp/frontline-ci-dovecot
dc_user=frontline
dc_password=frontline-imap-ci

# openssl also makes the certificates of the SMTP STARTTLS tests (test/channels/smtp-security.test.ts).
dc_need=()
{ command -v dovecot >/dev/null 2>&1 && [ -e /usr/lib/dovecot/imap ]; } || dc_need+=(dovecot-imapd)
[ -e /usr/lib/dovecot/lmtp ] || dc_need+=(dovecot-lmtpd)
command -v openssl >/dev/null 2>&1 || dc_need+=(openssl)
if ((${#dc_need[@]})); then
  echo "installing ${dc_need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${dc_need[@]}" >/dev/null ||
    {
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${dc_need[@]}" >/dev/null
    }
fi
# Where an init system runs, the package starts its own server on 143/993; ours is separate.

if [ -s "$dc_dir/run/master.pid" ] && kill -0 "$(cat "$dc_dir/run/master.pid")" 2>/dev/null; then
  kill "$(cat "$dc_dir/run/master.pid")"
  for _ in $(seq 1 50); do
    kill -0 "$(cat "$dc_dir/run/master.pid" 2>/dev/null || echo 0)" 2>/dev/null || break
    sleep 0.1
  done
fi
rm -rf "$dc_dir"
mkdir -p "$dc_dir/run" "$dc_dir/mail"
chown nobody:nogroup "$dc_dir/mail"
dc_free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
dc_port=$(dc_free_port)
dc_lmtp_port=$(dc_free_port)
while [ "$dc_lmtp_port" = "$dc_port" ]; do dc_lmtp_port=$(dc_free_port); done

openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1" \
  -keyout "$dc_dir/key.pem" -out "$dc_dir/cert.pem" 2>/dev/null
chmod 0644 "$dc_dir/cert.pem"
echo "$dc_user:{PLAIN}$dc_password::::::" >"$dc_dir/passwd"

cat >"$dc_dir/dovecot.conf" <<EOF
# Written by .ci/services/dovecot.sh: one user, maildir, IMAP on loopback with STARTTLS, LMTP.
base_dir = $dc_dir/run
state_dir = $dc_dir/state
log_path = $dc_dir/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = yes
ssl_cert = <$dc_dir/cert.pem
ssl_key = <$dc_dir/key.pem
# Loopback tests also log in without TLS (the poller's tls: none).
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$dc_dir/mail/%u
first_valid_uid = 1
# LMTP: user+folder@any.domain is delivered into that folder (created when missing).
auth_username_format = %Ln
recipient_delimiter = +
lmtp_save_to_detail_mailbox = yes
lda_mailbox_autocreate = yes
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dc_dir/passwd
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$dc_dir/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $dc_port
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $dc_lmtp_port
  }
}
EOF

dovecot -c "$dc_dir/dovecot.conf"
# Waits for a "220"/"* OK" greeting on a loopback port.
dc_wait() {
  local port=$1 greeting=$2 line ready=
  for _ in $(seq 1 50); do
    if exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
      if read -r -t 2 line <&3 && [[ "$line" == "$greeting"* ]]; then ready=1; fi
      exec 3<&- 3>&-
      [ -n "$ready" ] && return 0
    fi
    sleep 0.2
  done
  echo "dovecot did not answer on 127.0.0.1:$port; its log:" >&2
  cat "$dc_dir/dovecot.log" >&2 || true
  return 1
}
dc_wait "$dc_port" "* OK"
dc_wait "$dc_lmtp_port" "220"

export FRONTLINE_IMAP_TEST_URL="imap://$dc_user:$dc_password@127.0.0.1:$dc_port"
export FRONTLINE_IMAP_TEST_CA="$dc_dir/cert.pem"
export FRONTLINE_LMTP_TEST_URL="lmtp://127.0.0.1:$dc_lmtp_port"
echo "FRONTLINE_IMAP_TEST_URL=imap://$dc_user:***@127.0.0.1:$dc_port (Dovecot $(dovecot --version | cut -d' ' -f1))"
echo "FRONTLINE_IMAP_TEST_CA=$FRONTLINE_IMAP_TEST_CA"
echo "FRONTLINE_LMTP_TEST_URL=$FRONTLINE_LMTP_TEST_URL"
