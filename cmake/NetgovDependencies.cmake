# Every dependency comes from a Debian 12 package (see scripts/deps.sh); nothing
# is downloaded at build time. Imported targets are included as SYSTEM headers,
# so their warnings never reach -Werror.
find_package(Boost 1.74 REQUIRED)
find_package(absl REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(simdjson 3.0 REQUIRED)  # the fast path of the JSON loader (src/io/json.cpp)
find_package(Threads REQUIRED)
