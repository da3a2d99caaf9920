# The PDF report, read back with poppler's tools (pdftotext, pdfinfo, pdffonts, pdfimages).
headroom_add_test(test_report SOURCES test_report.cpp LIBS headroom_ui GUI)
target_compile_definitions(test_report PRIVATE HEADROOM_CLI="$<TARGET_FILE:headroom-cli>")
add_dependencies(test_report headroom-cli)
