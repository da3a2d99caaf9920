# Optimisation advisor (issue 10).
headroom_add_test(test_advisor SOURCES test_advisor.cpp LIBS headroom_core)
