headroom_add_test(test_charts SOURCES test_charts.cpp LIBS headroom_ui GUI)
