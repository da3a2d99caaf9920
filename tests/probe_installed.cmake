# Installs the project into PREFIX, then runs the installed `headroom-probe run` on a command
# that allocates 64 MiB and checks the measurement file it writes.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
if(NOT EXISTS ${PREFIX}/share/headroom/probe/headroom_probe/__main__.py)
  message(FATAL_ERROR "the probe package was not installed in share/headroom/probe")
endif()
set(out ${PREFIX}/alloc.headroom-measure.json)
execute_process(COMMAND ${CMAKE_COMMAND} -E env HEADROOM_PYTHON=${PYTHON}
                        ${PREFIX}/bin/headroom-probe run -o ${out} -- ${PYTHON} -c "b = bytearray(64 << 20); b[::4096] = b'x' * (64 << 8)"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "installed headroom-probe failed (${rc}): ${err}")
endif()
file(READ ${out} json)
string(JSON peak GET "${json}" host peak_bytes)
if(peak LESS 67108864)
  message(FATAL_ERROR "host.peak_bytes ${peak} is below the 64 MiB the command allocated")
endif()
message(STATUS "installed headroom-probe measured ${peak} bytes")
