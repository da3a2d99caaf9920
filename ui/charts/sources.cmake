# Interactive charts (issue 6): memory against batch size and dataset size, by component.
target_sources(headroom_ui PRIVATE
  charts/chartstyle.h charts/chartstyle.cpp
  charts/chartview.h charts/chartview.cpp
  charts/batchchart.h charts/batchchart.cpp
  charts/datasetchart.h charts/datasetchart.cpp
  charts/breakdownchart.h charts/breakdownchart.cpp
  charts/chartspanel.h charts/chartspanel.cpp
)
