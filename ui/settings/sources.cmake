# Preferences, translations and desktop integration (issue 9).
target_sources(headroom_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/preferences.h ${CMAKE_CURRENT_LIST_DIR}/preferences.cpp
  ${CMAKE_CURRENT_LIST_DIR}/preferencesdialog.h ${CMAKE_CURRENT_LIST_DIR}/preferencesdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/translations.h ${CMAKE_CURRENT_LIST_DIR}/translations.cpp
  # About and the user guide belong to the same desktop integration.
  ${CMAKE_CURRENT_LIST_DIR}/../help/aboutdialog.h ${CMAKE_CURRENT_LIST_DIR}/../help/aboutdialog.cpp
  # The menu entries of the report, the preferences and Help; MainWindow calls one function.
  ${CMAKE_CURRENT_LIST_DIR}/../mainwindow/extramenus.h ${CMAKE_CURRENT_LIST_DIR}/../mainwindow/extramenus.cpp
)

qt_add_resources(headroom_ui "desktop" PREFIX "/" BASE ${PROJECT_SOURCE_DIR}/resources
  FILES
    ${PROJECT_SOURCE_DIR}/resources/icons/org.headroom.Headroom.svg
    ${PROJECT_SOURCE_DIR}/resources/help/userguide.html
    ${PROJECT_SOURCE_DIR}/resources/help/userguide_de.html
    ${PROJECT_SOURCE_DIR}/resources/help/userguide_zh_CN.html)

# German and Simplified Chinese, compiled into the resources under :/i18n. The
# update_translations target runs lupdate over every source of headroom_ui.
set(HEADROOM_TS_FILES
  ${PROJECT_SOURCE_DIR}/translations/headroom_de.ts
  ${PROJECT_SOURCE_DIR}/translations/headroom_zh_CN.ts)
qt_add_translations(headroom_ui TS_FILES ${HEADROOM_TS_FILES}
  LUPDATE_OPTIONS -no-obsolete -locations none)

# English is the source language; its catalogue holds only the plural forms ("%n GPU(s)").
set(HEADROOM_EN_TS ${PROJECT_SOURCE_DIR}/translations/headroom_en.ts)
set(HEADROOM_EN_QM ${CMAKE_CURRENT_BINARY_DIR}/headroom_en.qm)
add_custom_command(OUTPUT ${HEADROOM_EN_QM}
  COMMAND Qt6::lrelease ${HEADROOM_EN_TS} -qm ${HEADROOM_EN_QM}
  DEPENDS ${HEADROOM_EN_TS} Qt6::lrelease VERBATIM)
qt_add_resources(headroom_ui "english_plurals" PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${HEADROOM_EN_QM})
add_custom_target(headroom_ui_lupdate_en
  COMMAND Qt6::lupdate -pluralonly -no-obsolete -locations none ${CMAKE_CURRENT_SOURCE_DIR} -ts ${HEADROOM_EN_TS}
  VERBATIM)
add_dependencies(update_translations headroom_ui_lupdate_en)
