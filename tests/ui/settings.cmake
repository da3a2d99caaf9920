# Preferences, translations and desktop integration.
headroom_add_test(test_settings SOURCES test_settings.cpp LIBS headroom_ui GUI)

# Fails when a .ts file has an unfinished, vanished or missing message: lupdate is run over
# the sources into a copy of each .ts first, so a new tr() string shows up as unfinished.
headroom_add_test(test_settings_translations SOURCES test_translations.cpp LIBS Qt6::Core)
target_compile_definitions(test_settings_translations PRIVATE HEADROOM_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")

find_program(HEADROOM_APPSTREAMCLI appstreamcli)
if(HEADROOM_APPSTREAMCLI)
  add_test(NAME settings_metainfo_validate
           COMMAND ${HEADROOM_APPSTREAMCLI} validate --no-net ${PROJECT_SOURCE_DIR}/resources/org.headroom.Headroom.metainfo.xml)
endif()
find_program(HEADROOM_DESKTOP_FILE_VALIDATE desktop-file-validate)
if(HEADROOM_DESKTOP_FILE_VALIDATE)
  add_test(NAME settings_desktop_file_validate
           COMMAND ${HEADROOM_DESKTOP_FILE_VALIDATE} ${PROJECT_SOURCE_DIR}/resources/org.headroom.Headroom.desktop)
endif()
