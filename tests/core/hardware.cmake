headroom_add_test(test_hardware SOURCES test_hardware.cpp LIBS headroom_core)
