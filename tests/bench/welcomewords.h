// The start-up floor's words: every text of the wizard's first window, read
// off the real wizard in Japanese, for crossma_bare_wizard --words.
#pragma once

#include <QString>

namespace crossma::bench {

// Writes {"width", "height", "texts": [{"text", "bold", "points"}, …]} to
// `path`: the window's size and each visible label, button and step of the
// first page and the side column, in order, with its weight and size. False
// (and why) on failure.
bool writeWelcomeWords(const QString &path, QString *error);

}  // namespace crossma::bench
