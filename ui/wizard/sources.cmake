# The sizing wizard (issue 5): editing forms shared by the wizard and the workspace's
# scenario editor, the live memory gauge, and the wizard itself.
target_sources(headroom_ui PRIVATE
  wizard/fieldbinder.h wizard/fieldbinder.cpp
  wizard/scenarioform.h wizard/scenarioform.cpp
  wizard/datasetform.h wizard/datasetform.cpp
  wizard/modelform.h wizard/modelform.cpp
  wizard/trainingform.h wizard/trainingform.cpp
  wizard/hardwareform.h wizard/hardwareform.cpp
  wizard/memorygauge.h wizard/memorygauge.cpp
  wizard/sizingwizard.h wizard/sizingwizard.cpp
)
