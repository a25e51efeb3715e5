# cmake -DCMARK=… -DSOURCE=guide.md -DHEADER=guide-header.html -DOUTPUT=index.html -P BuildGuide.cmake
# One standalone HTML page: the header (lang, title, style), the guide's body from
# cmark-gfm (tables for the shortcuts), each second-level heading given an ASCII anchor
# for the table of contents ("Préparer une réunion" → #preparer-une-reunion).
execute_process(COMMAND ${CMARK} --extension table --extension autolink --unsafe ${SOURCE}
                OUTPUT_VARIABLE body RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "cmark-gfm failed on ${SOURCE}")
endif()
string(REGEX MATCHALL "<h2>[^<]*</h2>" headings "${body}")
foreach(heading IN LISTS headings)
    string(REGEX REPLACE "<h2>([^<]*)</h2>" "\\1" title "${heading}")
    string(TOLOWER "${title}" slug)
    foreach(pair "é;e" "è;e" "ê;e" "à;a" "â;a" "ç;c" "ô;o" "û;u" "ù;u" "î;i" "ï;i" "É;e" " ;-")
        list(GET pair 0 from)
        list(GET pair 1 to)
        string(REPLACE "${from}" "${to}" slug "${slug}")
    endforeach()
    string(REPLACE "${heading}" "<h2 id=\"${slug}\"><a name=\"${slug}\"></a>${title}</h2>" body "${body}")
endforeach()
# Screenshots at most 760 px wide: the guide's window does not scale them (browsers do,
# with max-width in the style).
string(REPLACE "<img src=" "<img width=\"760\" src=" body "${body}")
file(READ ${HEADER} header)
get_filename_component(folder ${OUTPUT} DIRECTORY)
file(MAKE_DIRECTORY ${folder})
file(WRITE ${OUTPUT} "${header}<main>\n${body}</main>\n</body>\n</html>\n")
