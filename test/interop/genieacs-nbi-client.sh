#!/bin/sh
# A GenieACS NBI client in the style of GenieACS's API reference (curl, JSON queries, tags, tasks
# with connection_request): find a device by query and projection, tag it, find it by its tag,
# read and refresh parameters with a connection request, list its tasks and faults, untag it.
# Written for GenieACS's NBI (default http://localhost:7557), which sends no credential; runs as it is
# against Frontline's NBI listener in GenieACS's place (ACS_NBI_LISTEN=127.0.0.1:7557, or NBI=<its
# address>). Exits non-zero at the first step that does not answer as GenieACS would.
set -eu

NBI="${NBI:-http://localhost:7557}"
OUI="${OUI:-202BC1}"
TAG="${TAG:-testing}"

fail() { echo "FAIL: $*" >&2; exit 1; }
# GET with the query URL-encoded as GenieACS's examples show it pre-encoded.
get() { curl -sS -G "$NBI/$1" --data-urlencode "query=$2" ${3:+--data-urlencode "projection=$3"}; }
status() { curl -sS -o /dev/null -w '%{http_code}' "$@"; }

# Find devices of one OUI, only their ids.
devices=$(get devices/ "{\"_deviceId._OUI\":\"$OUI\"}" "_id")
ID=$(printf '%s' "$devices" | jq -r '.[0]._id')
[ -n "$ID" ] && [ "$ID" != null ] || fail "no device with OUI $OUI: $devices"
echo "device $ID"
ENC_ID=$(jq -rn --arg id "$ID" '$id|@uri')

# Find the device by its ID, as the first example of the API reference does.
n=$(get devices/ "{\"_id\":\"$ID\"}" | jq length)
[ "$n" = 1 ] || fail "query by _id found $n devices"

# Tag it and find it by the tag.
[ "$(status -X POST "$NBI/devices/$ENC_ID/tags/$TAG")" = 200 ] || fail "tag not added"
tagged=$(get devices/ "{\"_tags\":\"$TAG\"}" "_id,_tags" | jq -r '.[]._id')
printf '%s\n' "$tagged" | grep -qx "$ID" || fail "tagged device not found by _tags"
echo "tagged $TAG"

# getParameterValues with a connection request: 200 once the device has answered.
code=$(status -X POST "$NBI/devices/$ENC_ID/tasks?timeout=10000&connection_request" \
  --data '{"name":"getParameterValues","parameterNames":["InternetGatewayDevice.DeviceInfo.SoftwareVersion","InternetGatewayDevice.DeviceInfo.UpTime"]}')
[ "$code" = 200 ] || fail "getParameterValues answered $code"
version=$(get devices/ "{\"_id\":\"$ID\"}" "InternetGatewayDevice.DeviceInfo.SoftwareVersion" |
  jq -r '.[0].InternetGatewayDevice.DeviceInfo.SoftwareVersion._value')
[ -n "$version" ] && [ "$version" != null ] || fail "no SoftwareVersion after the task"
echo "software version $version"

# refreshObject of an object, as in the API reference.
code=$(status -X POST "$NBI/devices/$ENC_ID/tasks?timeout=10000&connection_request" \
  --data '{"name":"refreshObject","objectName":"InternetGatewayDevice.LANDevice.1.WLANConfiguration"}')
[ "$code" = 200 ] || fail "refreshObject answered $code"
ssid=$(get devices/ "{\"_id\":\"$ID\"}" "InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID" |
  jq -r '.[0].InternetGatewayDevice.LANDevice."1".WLANConfiguration."1".SSID._value')
[ "$ssid" != null ] || fail "no SSID after refreshObject"
echo "ssid $ssid"

# Devices that informed in the last hour, counted by the X-Total-Count header.
since=$(date -u -d '1 hour ago' +%Y-%m-%dT%H:%M:%S.000Z)
total=$(curl -sS -G -D - -o /dev/null "$NBI/devices/" --data-urlencode "query={\"_lastInform\":{\"\$gt\":\"$since\"}}" |
  tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')
[ "${total:-0}" -ge 1 ] || fail "no device informed in the last hour (X-Total-Count ${total:-none})"
echo "recent $total"

# Tasks and faults of the device (queued tasks are gone once done).
get tasks/ "{\"device\":\"$ID\"}" | jq -e 'type == "array"' >/dev/null || fail "tasks not listed"
get faults/ "{\"device\":\"$ID\"}" | jq -e 'type == "array"' >/dev/null || fail "faults not listed"

# Remove the tag; the query no longer finds it.
[ "$(status -X DELETE "$NBI/devices/$ENC_ID/tags/$TAG")" = 200 ] || fail "tag not removed"
left=$(get devices/ "{\"_tags\":\"$TAG\"}" "_id" | jq -r '.[]._id')
printf '%s\n' "$left" | grep -qx "$ID" && fail "device still tagged"
echo "untagged $TAG"
echo "ok"
