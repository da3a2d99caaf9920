# Imported models: quantised weight formats and the file readers (config.json, safetensors, GGUF).
headroom_add_test(test_weights SOURCES test_weights.cpp LIBS headroom_core)
headroom_add_test(test_import SOURCES test_import.cpp importfiles.h LIBS headroom_core)
