headroom_add_test(test_dnn SOURCES test_dnn.cpp LIBS headroom_core)
headroom_add_test(test_models SOURCES test_models.cpp LIBS headroom_core)
