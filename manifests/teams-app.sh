#!/usr/bin/env bash
# Builds the Teams app package (zip) for one bot registration: the manifest with its app id
# and the host Samverka runs on. One zip per registration; each principal's IT uploads its own.
#   manifests/teams-app.sh <app id> <host> [out.zip]
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 <app id> <host> [out.zip]" >&2
  exit 2
fi
app_id=$1
host=$2
out=${3:-samverka-teams-$app_id.zip}
if ! [[ $app_id =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "the app id must be a GUID (the Azure Bot's Microsoft App ID), not: $app_id" >&2
  exit 2
fi
if ! [[ $host =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
  echo "the host must be a host name such as samverka.example.org, without https:// or a path, not: $host" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")/teams" && pwd)
case $out in /*) ;; *) out="$PWD/$out" ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in manifest.json sv-se.json; do
  sed -e "s/00000000-0000-0000-0000-000000000000/$app_id/g" -e "s/samverka\.example\.org/$host/g" \
    "$here/$f" > "$work/$f"
done
cp "$here/color.png" "$here/outline.png" "$work/"
rm -f "$out"
if command -v zip > /dev/null; then
  (cd "$work" && zip -q "$out" manifest.json sv-se.json color.png outline.png)
else
  (cd "$work" && jar -cMf "$out" manifest.json sv-se.json color.png outline.png)
fi
echo "$out"
