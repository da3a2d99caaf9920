# Optimisation advisor panel (issue 10).
headroom_add_test(test_advisor_panel SOURCES test_advisor_panel.cpp LIBS headroom_ui GUI)
# `headroom-cli advise`: the JSON shape and exit codes, through the real executable.
headroom_add_test(test_advise_cli SOURCES test_advise_cli.cpp LIBS Qt6::Core)
target_compile_definitions(test_advise_cli PRIVATE HEADROOM_CLI="$<TARGET_FILE:headroom-cli>")
add_dependencies(test_advise_cli headroom-cli)
