#include "ner/recognizer.h"

namespace ng::ner {

// First version: no model; finds no mentions. Replaced by the trained tagger.
struct EntityRecognizer::Impl {};

EntityRecognizer::EntityRecognizer(const Options&) : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer& EntityRecognizer::operator=(EntityRecognizer&&) noexcept = default;

void EntityRecognizer::annotate(core::Document&) const {}

}  // namespace ng::ner
