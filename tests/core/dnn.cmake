headroom_add_test(test_dnn SOURCES test_dnn.cpp LIBS headroom_core)
