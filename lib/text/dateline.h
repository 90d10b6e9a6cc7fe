#pragma once
#include "core/document.h"

namespace ng::text {

// Looks for a dateline in the first six non-blank lines of doc.body:
//   "Moscow, Thursday, 22 January 2026."      place, weekday, day month year
//   "WASHINGTON, March 3 (Reuters) -"          place, month day, agency
//   "KNOKKE-HEIST, Belgium, April 5 - ..."     place list before the date
//   "Friday, August 15, 2008", "March 22, 2013", "2026-01-22"
// and, when no dateline names a place, for a place line: a short capitalised line
// naming a site ("Oval Office") or "City, Country" ("Berlin, Germany" -> "Berlin");
// lines naming a role ("Ned Price, Department Spokesperson") are not places.
// Sets doc.dateline and doc.dateline_place(_span) when found, and doc.dct from the
// dateline when doc.dct is empty and the date is complete (a dateline without a year
// takes the year of doc.published). A weekday that contradicts the date adds a warning
// and the date is kept. An upper-case place is written in title case ("Moscow").
void find_dateline(core::Document& doc);

}  // namespace ng::text
