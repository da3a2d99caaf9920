# File -> Import Model... and model files dropped on the Model page.
headroom_add_test(test_modelimport SOURCES test_modelimport.cpp uitesthelpers.h LIBS headroom_ui GUI)
