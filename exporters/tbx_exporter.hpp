#pragma once
// TBX-Basic (ISO 30042:2019, namespace urn:iso:std:iso:30042:ed-2), DCA style, for
// terminology tools; valid against LTAC-Global's TBX-Basic RNG schema (vendored with its
// provenance in tests/exporters/schemas/, checked by jing in a test). Written with RapidXML.
//
//   tbx type="TBX-Basic" style="dca" xml:lang="zh-Hans"
//     tbxHeader: the title, and each report (its title and name) as a sourceDesc paragraph
//     conceptEntry id=xml_id("c-", key), one per term, by key:
//       ref type="relatedConcept" target=the other entry's id, the other's label as text:
//           each variant relation (suffix, numeral, expansion), either way round, when the
//           other term is in the data
//       langSec xml:lang="zh-Hans", then "zh-Hant" (when the term has written forms in it):
//         descripGrp, one per definition whose written term is of that language (in data order):
//           descrip type="definition" (xml:lang of its text when that differs), admin
//           type="source" (the report's title and name), note (the report's region, full
//           name and GB/T 2260 code)
//         termSec, one per written form of that language, the preferred form first:
//           term; termNote termType (abbreviation for a term whose definition spells out
//           another term, fullForm for that other; when known); termNote administrativeStatus
//           (preferredTerm-admn-sts for the label, admittedTerm-admn-sts for the other forms);
//           termNote geographicalUsage, one per region whose reports write that form
// A written form's language is its own script's (language_tag), zh-Hans when it has none.
// TBX-Basic allows geographicalUsage only on a termSec, so a definition names its region in
// a note. Data without terms cannot be TBX (a body holds at least one conceptEntry): write
// throws glossgraph::error saying so.
#include "exporters/exporter.hpp"

namespace glossgraph {

class TbxExporter : public Exporter {
public:
    ExportFormat format() const override { return ExportFormat::tbx; }
    void write(const GraphData& data, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace glossgraph
