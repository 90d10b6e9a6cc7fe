# Builds the graphs of every article in SAMPLES into OUT: <stem>.jsonld, <stem>.dot and
# <stem>.svg per article, and all.jsonld, all.dot, all.svg for the merged graph of all of
# them. Removes graph files in OUT that no sample produces any more.
#   cmake -DNEWSGRAPH=path/to/newsgraph -DSAMPLES=samples -DOUT=graphs -P build_graphs.cmake
# The top CMakeLists' `graphs` target runs it on samples/ -> graphs/ (the golden files);
# tests/golden_test.sh runs it into a temporary folder and compares.
# newsgraph is run from the folder that holds SAMPLES, on relative paths
# ("samples/x.txt"), so nothing in the output depends on where the clone lives.
# An SVG is rendered by Graphviz's `dot -Tsvg`; any message from dot is an error.
cmake_minimum_required(VERSION 3.20)

foreach(var NEWSGRAPH SAMPLES OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "build_graphs.cmake: -D${var}=... is required")
  endif()
endforeach()
find_program(DOT_EXECUTABLE dot)
if(NOT DOT_EXECUTABLE)
  message(FATAL_ERROR "build_graphs.cmake: Graphviz 'dot' not found (Debian package graphviz)")
endif()

get_filename_component(samples_dir "${SAMPLES}" ABSOLUTE)
get_filename_component(out_dir "${OUT}" ABSOLUTE)
get_filename_component(work_dir "${samples_dir}" DIRECTORY)
file(GLOB articles LIST_DIRECTORIES false "${samples_dir}/*.txt")
list(SORT articles)
if(NOT articles)
  message(FATAL_ERROR "build_graphs.cmake: no *.txt articles in ${samples_dir}")
endif()
file(MAKE_DIRECTORY "${out_dir}")

# newsgraph build INPUTS -o OUT/<name>.<ext> for ext in jsonld, dot; then dot -Tsvg.
function(build_graph name)
  set(inputs ${ARGN})
  foreach(ext jsonld dot)
    execute_process(COMMAND "${NEWSGRAPH}" build --quiet --no-snapshot -o "${out_dir}/${name}.${ext}" ${inputs}
                    WORKING_DIRECTORY "${work_dir}" RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "newsgraph build -o ${name}.${ext} failed (${rc}): ${err}")
    endif()
    if(ext STREQUAL "jsonld" AND NOT err STREQUAL "")
      string(STRIP "${err}" err)
      message(STATUS "${name}: ${err}")
    endif()
  endforeach()
  set(tmp "${out_dir}/${name}.svg.tmp")
  execute_process(COMMAND "${DOT_EXECUTABLE}" -Tsvg "${out_dir}/${name}.dot"
                  OUTPUT_FILE "${tmp}" RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    file(REMOVE "${tmp}")
    message(FATAL_ERROR "dot -Tsvg ${name}.dot failed (${rc}): ${err}")
  endif()
  file(RENAME "${tmp}" "${out_dir}/${name}.svg")
  set(produced ${produced} ${name}.jsonld ${name}.dot ${name}.svg PARENT_SCOPE)
endfunction()

set(produced "")
set(relative_articles "")
foreach(article ${articles})
  get_filename_component(stem "${article}" NAME_WLE)
  file(RELATIVE_PATH rel "${work_dir}" "${article}")
  list(APPEND relative_articles "${rel}")
  build_graph("${stem}" "${rel}")
endforeach()
build_graph(all ${relative_articles})

file(GLOB existing LIST_DIRECTORIES false RELATIVE "${out_dir}"
     "${out_dir}/*.jsonld" "${out_dir}/*.dot" "${out_dir}/*.svg")
foreach(f ${existing})
  if(NOT f IN_LIST produced)
    message(STATUS "removing stale ${f}")
    file(REMOVE "${out_dir}/${f}")
  endif()
endforeach()
list(LENGTH articles n)
message(STATUS "graphs of ${n} articles and their merge (all.*) written to ${out_dir}")
