# A measured run beside the estimate: import and drop, Breakdown, batch chart, report, CLI check.
headroom_add_test(test_measurement_ui SOURCES test_measurement_ui.cpp LIBS headroom_ui GUI)
target_compile_definitions(test_measurement_ui PRIVATE HEADROOM_CLI="$<TARGET_FILE:headroom-cli>")
add_dependencies(test_measurement_ui headroom-cli)
