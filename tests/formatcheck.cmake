# Fails when a source file differs from what clang-format (.clang-format) makes of it.
#   cmake -DCLANG_FORMAT=... -DROOT=... -P formatcheck.cmake
file(GLOB_RECURSE files ${ROOT}/core/*.cpp ${ROOT}/core/*.h ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h
     ${ROOT}/app/*.cpp ${ROOT}/app/*.h ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h
     ${ROOT}/bench/*.cpp ${ROOT}/bench/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "not formatted; run clang-format -i on these:\n${output}")
endif()
list(LENGTH files count)
message(STATUS "${count} files formatted as .clang-format says")
