# Hardware catalogue and side-by-side comparison of candidates (issue 7).
target_sources(headroom_ui PRIVATE
  compare/catalogstore.h compare/catalogstore.cpp
  compare/catalogdialog.h compare/catalogdialog.cpp
  compare/comparisonview.h compare/comparisonview.cpp
)
