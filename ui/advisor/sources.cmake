# Optimisation advisor panel (issue 10).
target_sources(headroom_ui PRIVATE
  advisor/advisorpanel.h advisor/advisorpanel.cpp
  advisor/advisortext.h advisor/advisortext.cpp
  advisor/advicehtml.h advisor/advicehtml.cpp
)
