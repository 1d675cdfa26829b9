# Fails when the Hindi catalogue misses a string of the sources: runs lupdate on the sources into
# a copy of the committed .ts (the source tree is never written) and counts what is unfinished.
#   cmake -DLUPDATE=... -DPROJECT_CMAKE=... -DGENERATE_PROJECT=... -DTS=... -DWORK=...
#         -P translationscomplete.cmake
file(MAKE_DIRECTORY ${WORK})
# The lupdate project file lists the sources; Qt writes it only when update_translations runs.
set(PROJECT_JSON ${WORK}/project.json)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${PROJECT_JSON}
                        -P ${GENERATE_PROJECT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cannot describe the sources for lupdate")
endif()
get_filename_component(name ${TS} NAME)
file(COPY_FILE ${TS} ${WORK}/${name})
execute_process(COMMAND ${LUPDATE} -project ${PROJECT_JSON} -no-obsolete -locations none
                        -ts ${WORK}/${name}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(STRINGS ${WORK}/${name} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
file(STRINGS ${WORK}/${name} sources REGEX "<source>")
list(LENGTH sources total)
if(count GREATER 0 OR total EQUAL 0)
    message(FATAL_ERROR "${name}: ${count} of ${total} strings are not translated; run "
                        "`ninja update_translations` and translate them (see ${WORK}/${name})")
endif()
message(STATUS "${name}: all ${total} strings translated")
