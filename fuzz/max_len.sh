# Sourced by run.sh and rate.sh: the longest input each target is given, a
# little over its longest seed, so that libFuzzer spends its time on inputs
# of one message, not on growing them. (Without -max_len it takes the
# longest file of the corpus.)
max_len() {
  case "$1" in
    datagram | view_link | genl) echo 2048 ;;
    engine | ext_ack | view_tc | cli_args) echo 1024 ;;
    builder_roundtrip | view_route | *_request) echo 512 ;;
    *) echo 256 ;;
  esac
}
