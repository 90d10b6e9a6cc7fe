#pragma once
// Rules over the recognizer's finished mentions, each a named pass in one table (see
// mention_passes.cpp), run in order by EntityRecognizer::annotate after its own rules:
//   acronym_definition  "the Gulf Cooperation Council (GCC)": the long form and the acronym
//                       in brackets after it (its initials) are one type, an organisation
//                       where the long form's last word heads organisations; the acronym is
//                       a mention wherever the article uses it
//   acronym_long_forms  "ISIS (Islamic State of Iraq and Syria)": an acronym and its long
//                       form in brackets after it (its initials) make the long form one name
//                       of the acronym's type
//   particle_names      a person's name runs on through name particles and the capitalised
//                       word after them ("Ursula von der Leyen", "Khalid Nasser Al-Mansour",
//                       "Abu Bakr al-Amin"); a lower-case particle before a person's name
//                       joins it ("said von der Leyen")
//   venue_heads         a name of two words or more that ends in a venue word ("Hotel",
//                       "Bazaar", "Airport") is a place; one that ends in a word that is
//                       also a surname or seat ("House", "Hall") only when typed a person or
//                       Misc right after a preposition of place ("at Blair House"); a
//                       geographic feature word ends a place ("Red Sea") or starts one
//                       before "of" ("Strait of Hormuz", "Gulf of Oman")
//   title_organisation  a title that ends in an organisation ("Secretary of the National
//                       Security Council Ivan Petrov") gives the organisation as a mention of
//                       its own, and the person keeps the title words before it
//   organisation_then_person  an organisation's name run on into a person's ("Harbour
//                       Safety Council Ivan Petrov": an organisation head word, then a given
//                       name and one or two capitalised words) is the two
//   between_parties     a name right after "between" that holds one "and" ("talks between
//                       the Teamsters and General Motors") is two names of its type, unless
//                       the whole is a known place or organisation ("Trinidad and Tobago")
//   bracketed_codes     a stock ticker in angle brackets ("<XYZ.F>", "<T.N>") is no name;
//                       a name in angle brackets ("<Nordvik Shipping Lines>", as wire
//                       stories mark companies) is one organisation
//   line_names          a given name and a family-name-like word alone on their line (a
//                       signature, a byline: "Regards, | Marta Vellinger") read as an
//                       organisation or place are a person
//   clock_suffixes      two capitals right after a clock time ("08:28 AM") are no name
//   company_names       a name with a legal form after it ("Google, Inc.", "Nordvik AG")
//                       is an organisation, the legal form in it, and so is every mention
//                       of that name alone in the article
//   common_abbreviations  a mention that is only an abbreviation of a common noun ("AI",
//                       "POWs", "POTUS") is no name; one of a document or an event ("COP26",
//                       "JCPOA") is Misc
//   class_nouns         a name right after a lower-case noun of a kind is of its type
//                       ("airline Mahan Air", "the French group Jeumont-Schneider"), and so is
//                       every name of a list after a plural one ("firms including Deutsche
//                       Bahn, Daimler and Siemens")
//   person_government   a surname before a noun for a government ("the Reagan Administration")
//                       is the person; two joined by a hyphen ("the Biden-Harris
//                       Administration") are no name
//   document_labels     a line of two or three words and a colon or full stop ("Begin Text:")
//                       read as a person, its first word no given name and its last a
//                       common word, is no name
//   common_word_people  one dictionary common word read as a person ("the Administration"),
//                       no given name and the last word of no longer person's name in the
//                       article, is no name
//   generic_heads       one capitalised word that heads organisation names or names a
//                       government ("the Ministry", "the Government", "the Parties"),
//                       which the dictionary writes only in lower case, is no name unless
//                       an organisation of the article ends in it ("the Supreme Council")
//   title_people        a person's name made of title words only ("Madam Vice President",
//                       "Deputy Secretary": an address or a title left without its name) is
//                       no name, unless it is a word that ends a longer person's name of the
//                       article ("King" beside "Stephen King")
//   title_modifier_names an organisation's or place's name does not start with a title's
//                       modifier ("Deputy State Department" of "Deputy State Department
//                       spokesman ...": the State Department)
//   deities             a name made only of names of God ("God", "Almighty God", "Allah"):
//                       no human being, no entity
//   organisation_of_place  an organisation ending in an organisation head word, "of" and a
//                       gazetteer place ("the Foreign Ministry of Iraq") is one name
//   document_names      one word read as a person or organisation right before a noun for
//                       an agreement ("the Louvre accord") names a document: Misc; a
//                       gazetteer place before one or before a noun for an event ("the
//                       Venice summit") is a place
//   capitals_title      in a Title header in capitals, a name is cut before the common words
//                       after it ("CANADA LEADERS FAIL"), a common word alone ("CAR") is no
//                       name, and a gazetteer country, region or city is a place
//   peoples             one word naming a people or a faith's followers ("Muslim",
//                       "Uyghurs") is Misc, as nationality adjectives are
//   world_regions       a world region's name read as an organisation or a person
//                       ("Scandinavia", "the Eastern Mediterranean"), or as Misc where it
//                       is a noun, is a place
//   region_names        a place's name, or a proper adjective that is no nationality, right
//                       before a lower-case "region" names the region with it ("the Great
//                       Lakes region"), unless the article writes the name alone elsewhere
//                       or the gazetteer has it
//   known_organisations an intergovernmental organisation's official long form or its
//                       acronym (name_identity.tsv's `acronym` rows: "African Union", "AU",
//                       "World Economic Forum") read as a place, Misc or a person is an
//                       organisation
// Word classes come from data/: name particles from name_identity.tsv, venue words and
// prepositions of place from venue_words.tsv, organisation heads from org_words.tsv,
// given names and places from gazetteer.tsv (its `first_name`, `country`, `region` and
// `city` rows), dictionary common words from common_words.tsv, companies' legal forms
// from legal_forms.tsv, abbreviations from abbreviations.tsv, nouns of a kind from
// class_nouns.tsv, nouns for a government from government_nouns.tsv, demonyms from the
// gazetteer, nouns for agreements and events from document_nouns.tsv, peoples and faiths
// from peoples.tsv, world regions from world_regions.tsv, titles and their modifiers from
// titles.tsv, names of God from deities.tsv.
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/document.h"

namespace ng::ner {

struct MentionLexicon {
  std::unordered_set<std::string> particles;      // lower case: "von", "bin", "al", ...
  std::unordered_set<std::string> venues;         // "hotel", "bazaar": never a surname
  std::unordered_set<std::string> venue_names;    // "house", "hall": also a surname or seat
  std::unordered_set<std::string> place_preps;    // "at", "in", "inside"
  std::unordered_set<std::string> features;       // "sea", "strait", "gulf": geographic features
  std::unordered_set<std::string> org_heads;      // "council", "office", "ministry"
  std::unordered_set<std::string> first_names;    // "ivan", "anna"
  std::unordered_set<std::string> places;         // gazetteer countries, regions, cities: "oslo"
  std::unordered_set<std::string> common_words;   // lower case only in the dictionary: "valley"
  std::unordered_set<std::string> legal_forms;    // lower case: "inc.", "gmbh", "ltd"
  std::unordered_map<std::string, bool> abbreviations;  // lower case: "ai" -> false (common), "cop" -> true (Misc)
  std::unordered_map<std::string, core::EntityType> class_nouns;  // "airline" -> Organization
  std::unordered_set<std::string> government_nouns;  // lower case: "administration", "government"
  std::unordered_map<std::string, bool> document_nouns;  // "accord" -> true (a document), "summit" -> false (an event)
  std::unordered_set<std::string> world_regions;  // lower case: "latin america", "indo-pacific"
  std::unordered_set<std::string> peoples;        // lower case: "muslim", "kurd", "uyghur"
  std::unordered_set<std::string> demonyms;       // gazetteer demonyms, lower case: "afghan"
  std::unordered_set<std::string> titles;         // lower case, tokens joined by a space: "vice president"
  std::unordered_set<std::string> title_modifiers;  // lower case: "deputy", "former"
  std::unordered_set<std::string> deities;        // lower case: "god", "allah"
  std::unordered_set<std::string> known_organisations;  // long forms, lower case ("african union"), and acronyms ("AU")
};

// Reads the files (the gazetteer, common words, legal forms, abbreviations, class nouns,
// government nouns, document nouns, peoples, world regions, titles and deities only when
// their paths are not empty).
// Throws core::Error naming a file that is missing or malformed.
MentionLexicon load_mention_lexicon(const std::string& name_identity_path, const std::string& venue_words_path,
                                    const std::string& org_words_path, const std::string& gazetteer_path = "",
                                    const std::string& common_words_path = "",
                                    const std::string& legal_forms_path = "",
                                    const std::string& abbreviations_path = "",
                                    const std::string& class_nouns_path = "",
                                    const std::string& government_nouns_path = "",
                                    const std::string& document_nouns_path = "",
                                    const std::string& peoples_path = "",
                                    const std::string& world_regions_path = "",
                                    const std::string& titles_path = "",
                                    const std::string& deities_path = "");

// Runs every pass in order on doc.mentions (REQUIRES: tokenized, mentions in text order
// without overlaps; keeps that so).
void run_mention_passes(core::Document& doc, const MentionLexicon& lex);

// One pass by name ("acronym_definition", ...), for tests. Throws core::Error on an unknown
// name.
void run_mention_pass(const std::string& name, core::Document& doc, const MentionLexicon& lex);

}  // namespace ng::ner
