# The PDF report (issue 8): content, vector charts, pagination.
target_sources(headroom_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/calibration.h ${CMAKE_CURRENT_LIST_DIR}/calibration.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report.h ${CMAKE_CURRENT_LIST_DIR}/report.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportchart.h ${CMAKE_CURRENT_LIST_DIR}/reportchart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportcontent.h ${CMAKE_CURRENT_LIST_DIR}/reportcontent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportsuggestions.h ${CMAKE_CURRENT_LIST_DIR}/reportsuggestions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportmeasured.cpp
)

# The calibration set, so that the report states the accuracy of the engine it was made
# with. Data files, not sources: new cases are picked up at the next configure.
file(GLOB HEADROOM_CALIBRATION_CASES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/bench/calibration/cases/*.json)
qt_add_resources(headroom_ui "calibration" PREFIX "/calibration" BASE ${PROJECT_SOURCE_DIR}/bench/calibration
  FILES ${PROJECT_SOURCE_DIR}/bench/calibration/results.json ${HEADROOM_CALIBRATION_CASES})
