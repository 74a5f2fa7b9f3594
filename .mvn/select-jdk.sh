# Sourced by ./mvnw: makes sure Maven runs on a JDK 21 or newer.
# Keeps JAVA_HOME when it already points at one; otherwise picks the newest JDK >= 21 under
# /usr/lib/jvm (Temurin 25 on the project's machines). Override with DIRECTORY_JAVA_HOME.
directory_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
if [ -n "${DIRECTORY_JAVA_HOME-}" ]; then
  JAVA_HOME="$DIRECTORY_JAVA_HOME"
elif [ -z "${JAVA_HOME-}" ] || [ ! -x "$JAVA_HOME/bin/javac" ] ||
  [ "$(directory_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  directory_best=""
  directory_best_major=0
  set +f # mvnw runs with globbing off
  for directory_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -x "$directory_candidate/bin/javac" ] || continue
    directory_major=$(directory_java_major "$directory_candidate")
    [ -n "$directory_major" ] || continue
    if [ "$directory_major" -ge 21 ] && [ "$directory_major" -gt "$directory_best_major" ]; then
      directory_best="$directory_candidate"
      directory_best_major="$directory_major"
    fi
  done
  set -f
  if [ -z "$directory_best" ]; then
    echo "mvnw: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME-unset}, /usr/lib/jvm searched)." >&2
    echo "mvnw: install one (e.g. apt-get install openjdk-21-jdk-headless) or set DIRECTORY_JAVA_HOME." >&2
    exit 1
  fi
  JAVA_HOME="$directory_best"
fi
export JAVA_HOME
