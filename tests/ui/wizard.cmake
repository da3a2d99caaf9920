headroom_add_test(test_wizard SOURCES test_wizard.cpp uitesthelpers.h LIBS headroom_ui GUI)
