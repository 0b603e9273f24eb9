# The default network file is plain JSON (no comments, RFC 8259): Python's
# json module, jq and every JSON tool read it as it is.
add_test(NAME default_network_is_plain_json
  COMMAND /usr/bin/python3 -c
          "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"
          ${PROJECT_SOURCE_DIR}/data/un-network-rdpm.netgov.json)
