# FreeRADIUS with its SQL module on the local PostgreSQL, for the AAA-over-RADIUS adapter
# (src/isp/radius) and the simulator's RADIUS client (sim/radius). See docs/radius.md.
#
# Sourced by .ci/run after PostgreSQL is up (needs $pg_port, as root). It can also be run by hand:
#   sudo bash .ci/services/freeradius.sh          # prints the variables to export
# It installs the Debian packages when missing, creates the database `frontline_radius` with the
# schema FreeRADIUS ships, writes a minimal configuration in a temporary folder (nothing in /etc is
# changed), starts radiusd on loopback, waits until it answers and exports:
#   FRONTLINE_RADIUS_URL     radius://127.0.0.1:AUTH?acct=ACCT   (Access- and Accounting-Requests)
#   FRONTLINE_RADIUS_SECRET  the shared secret of the loopback client
#   FRONTLINE_RADIUS_DB_URL  the PostgreSQL database FreeRADIUS reads and writes

fr_pg_port=${pg_port:-5432}
fr_auth_port=${FRONTLINE_RADIUS_AUTH_PORT:-18120}
fr_acct_port=$((fr_auth_port + 1))
fr_secret=${FRONTLINE_RADIUS_SECRET:-frontline-radius-ci}
fr_db=frontline_radius
fr_role=frontline_ci
fr_role_password=frontline_ci

if ! command -v freeradius >/dev/null 2>&1 || [ ! -e /usr/lib/freeradius/rlm_sql_postgresql.so ] ||
  ! command -v radclient >/dev/null 2>&1; then
  echo "installing freeradius, freeradius-postgresql, freeradius-utils"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    freeradius freeradius-postgresql freeradius-utils >/dev/null ||
    {
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        freeradius freeradius-postgresql freeradius-utils >/dev/null
    }
fi
# The package starts its own daemon on 1812/1813 where an init system runs; ours is separate.

fr_psql() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $fr_pg_port -tAc \"$1\""; }
if [ "$(fr_psql "SELECT 1 FROM pg_roles WHERE rolname='$fr_role'")" != "1" ]; then
  fr_psql "CREATE ROLE $fr_role LOGIN PASSWORD '$fr_role_password'"
fi
if [ "$(fr_psql "SELECT 1 FROM pg_database WHERE datname='$fr_db'")" != "1" ]; then
  fr_psql "CREATE DATABASE $fr_db OWNER $fr_role"
fi
export FRONTLINE_RADIUS_DB_URL="postgres://$fr_role:$fr_role_password@127.0.0.1:$fr_pg_port/$fr_db"
fr_schema=/etc/freeradius/3.0/mods-config/sql/main/postgresql/schema.sql
if [ "$(PGPASSWORD=$fr_role_password psql -h 127.0.0.1 -p "$fr_pg_port" -U $fr_role -d $fr_db -tAc \
  "SELECT to_regclass('public.radacct') IS NOT NULL")" != "t" ]; then
  PGPASSWORD=$fr_role_password psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$fr_pg_port" -U $fr_role \
    -d $fr_db -f "$fr_schema" >/dev/null
fi

fr_dir=$(mktemp -d /tmp/frontline-radius.XXXXXX)
mkdir -p "$fr_dir/log" "$fr_dir/run"
cat >"$fr_dir/radiusd.conf" <<EOF
# Written by .ci/services/freeradius.sh: one loopback client, PAP against radcheck, SQL accounting
# and post-auth logging (accepts and rejects) in PostgreSQL.
prefix = /usr
exec_prefix = /usr
sysconfdir = /etc
localstatedir = /var
sbindir = /usr/sbin
logdir = $fr_dir/log
raddbdir = $fr_dir
radacctdir = $fr_dir/radacct
name = radiusd
confdir = \${raddbdir}
modconfdir = /etc/freeradius/3.0/mods-config
run_dir = $fr_dir/run
db_dir = $fr_dir
libdir = /usr/lib/freeradius
pidfile = \${run_dir}/radiusd.pid
max_request_time = 30
cleanup_delay = 2
max_requests = 16384
hostname_lookups = no
log {
  destination = files
  file = \${logdir}/radius.log
  auth = yes
}
security {
  allow_core_dumps = no
  max_attributes = 200
  # Rejects are answered at once: the simulated routers redial when something changed.
  reject_delay = 0
  status_server = yes
}
thread pool {
  start_servers = 2
  max_servers = 8
  min_spare_servers = 1
  max_spare_servers = 4
  max_requests_per_server = 0
}
client frontline {
  ipaddr = 127.0.0.1
  secret = $fr_secret
  require_message_authenticator = no
}
modules {
  pap {
  }
  # tolower and md5, used by the shipped SQL queries and by preacct below.
  expr {
  }
  sql {
    driver = "rlm_sql_postgresql"
    dialect = "postgresql"
    server = "127.0.0.1"
    port = $fr_pg_port
    login = "$fr_role"
    password = "$fr_role_password"
    radius_db = "$fr_db"
    acct_table1 = "radacct"
    acct_table2 = "radacct"
    postauth_table = "radpostauth"
    authcheck_table = "radcheck"
    groupcheck_table = "radgroupcheck"
    authreply_table = "radreply"
    groupreply_table = "radgroupreply"
    usergroup_table = "radusergroup"
    client_table = "nas"
    read_clients = no
    read_groups = yes
    delete_stale_sessions = yes
    group_attribute = "SQL-Group"
    postgresql {
      send_application_name = yes
    }
    pool {
      start = 1
      min = 1
      max = 8
      spare = 2
      uses = 0
      retry_delay = 1
      lifetime = 0
      idle_timeout = 60
    }
    \$INCLUDE \${modconfdir}/sql/main/postgresql/queries.conf
  }
}
server frontline {
  listen {
    type = auth
    ipaddr = 127.0.0.1
    port = $fr_auth_port
  }
  listen {
    type = acct
    ipaddr = 127.0.0.1
    port = $fr_acct_port
  }
  authorize {
    sql
    pap
  }
  authenticate {
    Auth-Type PAP {
      pap
    }
  }
  preacct {
    update request {
      &Acct-Unique-Session-Id := "%{md5:%{User-Name},%{Acct-Session-ID},%{NAS-IP-Address},%{NAS-Identifier},%{NAS-Port}}"
    }
  }
  accounting {
    sql
  }
  post-auth {
    sql
    Post-Auth-Type REJECT {
      sql
    }
  }
}
EOF

# A radiusd this script started before (by hand) gives its ports up first.
fr_pidfile=/tmp/frontline-radius.pid
if [ -s "$fr_pidfile" ] && grep -q freeradius "/proc/$(cat "$fr_pidfile")/cmdline" 2>/dev/null; then
  kill "$(cat "$fr_pidfile")" 2>/dev/null || true
  sleep 1
fi
if ! freeradius -C -d "$fr_dir" -n radiusd >"$fr_dir/log/check.log" 2>&1; then
  cat "$fr_dir/log/check.log" >&2
  echo "FreeRADIUS configuration check failed" >&2
  return 1 2>/dev/null || exit 1
fi
freeradius -d "$fr_dir" -n radiusd
fr_ready=
for _ in $(seq 1 30); do
  if echo "Message-Authenticator = 0x00" |
    radclient -q -t 1 -r 1 "127.0.0.1:$fr_auth_port" status "$fr_secret" >/dev/null 2>&1; then
    fr_ready=1
    break
  fi
  sleep 1
done
if [ -z "$fr_ready" ]; then
  tail -n 40 "$fr_dir/log/radius.log" >&2 || true
  echo "FreeRADIUS did not answer on 127.0.0.1:$fr_auth_port" >&2
  return 1 2>/dev/null || exit 1
fi
cp "$fr_dir/run/radiusd.pid" "$fr_pidfile"
export FRONTLINE_RADIUS_URL="radius://127.0.0.1:$fr_auth_port?acct=$fr_acct_port"
export FRONTLINE_RADIUS_SECRET="$fr_secret"
echo "FreeRADIUS pid $(cat "$fr_pidfile"), config $fr_dir"
echo "FRONTLINE_RADIUS_URL=$FRONTLINE_RADIUS_URL"
echo "FRONTLINE_RADIUS_DB_URL=postgres://$fr_role:***@127.0.0.1:$fr_pg_port/$fr_db"
