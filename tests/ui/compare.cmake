headroom_add_test(test_compare SOURCES test_compare.cpp LIBS headroom_ui GUI)
