# Measurement files: the reader's refusals and the comparison with the estimate.
headroom_add_test(test_measure SOURCES test_measure.cpp LIBS headroom_core)
