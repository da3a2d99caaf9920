headroom_add_test(test_serving SOURCES test_serving.cpp LIBS headroom_core)
