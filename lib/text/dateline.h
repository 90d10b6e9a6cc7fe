#pragma once
#include "core/document.h"

namespace ng::text {

// Looks for a dateline in the first lines of doc.body: "Moscow, Thursday, 22 January
// 2026.", "WASHINGTON, March 3 (Reuters) -", "BONN, March 3 -", "Friday, August 15,
// 2008", a place line ("Oval Office"). Sets doc.dateline and doc.dateline_place(_span)
// when found, and doc.dct from it when doc.dct is empty and the dateline gives a full
// date (a dateline without a year takes the year of doc.published when known).
void find_dateline(core::Document& doc);

}  // namespace ng::text
