# Writes a C++ source holding the three gazetteer CSVs and the history of the codes
# (data/areacodes/result.csv) as raw string literals.
foreach(part provinces cities areas)
  file(READ ${GAZETTEER_DIR}/${part}.csv ${part}_csv)
endforeach()
file(READ ${AREACODES_DIR}/result.csv areacodes_csv)
file(WRITE ${OUTPUT} "// Generated from data/gazetteer and data/areacodes by core/embed_gazetteer.cmake. Do not edit.\n"
  "#include <string_view>\n"
  "namespace glossgraph::gazetteer_data {\n"
  "extern const std::string_view provinces_csv = R\"gazetteer(${provinces_csv})gazetteer\";\n"
  "extern const std::string_view cities_csv = R\"gazetteer(${cities_csv})gazetteer\";\n"
  "extern const std::string_view areas_csv = R\"gazetteer(${areas_csv})gazetteer\";\n"
  "extern const std::string_view areacodes_csv = R\"gazetteer(${areacodes_csv})gazetteer\";\n"
  "}\n")
