extension InterviewMessage {
    package var english: String {
        switch self {
        case .answerExpected: "an answer is expected"
        case .wholeNumberExpected: "a whole number is expected"
        case .numberExpected: "a number is expected (e.g. 12,500 or 1.5)"
        case .yesOrNo: "answer yes or no"
        case .dateDoesNotExist(let date): "the date \(date) does not exist"
        case .dateExpected: "a date is expected: YYYY-MM-DD"
        case .timeExpected: "a time is expected: HH:MM, e.g. 19:30"
        case .filledItemByItem: "this question is filled item by item"
        case .choiceNumberOutOfRange(let count): "choose a number between 1 and \(count)"
        case .unknownChoice(let text, let count): "unknown choice '\(text)': type a number from 1 to \(count)"
        case .givenTwice(let text): "'\(text)' is given twice"
        case .numbersPerChoice(let count): "\(count) numbers are expected, one per choice"
        case .notANumber(let text): "'\(text)' is not a number"

        case .zeroOrMoreExpected: "a number, zero or more, is expected"
        case .pointsOverTotal(let remaining): "only \(remaining) points are left to share: give at most \(remaining)"
        case .positivePrice: "the price must be a positive number"
        case .scoreExpected(let minimum, let maximum): "a score from \(minimum) to \(maximum) is expected"
        case .eliminatoryNumbersExpected(let count): "numbers from 1 to \(count) expected"
        case .failsExpected(let count, let example):
            (count > 0 ? "numbers from 1 to \(count) or " : "")
                + "ids of mandatory requirements (such as \(example)) expected"
        case .fieldRequired: "this field is required"
        case .pointsPrompt(let number, let label, let remaining): "\(number). \(label) (remaining \(remaining))"
        case .fieldPrompt(let item, let label, let optional, let first):
            "Item \(item) — \(label)" + (optional ? " (optional)" : "") + (first ? " (Enter to end the list)" : "")
        case .candidatePrompt(let row): "Candidate \(row) — name (Enter to end)"
        case .pricePrompt(let candidate): "\(candidate) — price excluding tax (optional)"
        case .failsPrompt(let candidate, let criteria, let example):
            if let example {
                "\(candidate) — requirements not met (Enter: none): "
                    + (criteria.isEmpty ? "" : "numbers of eliminatory criteria (\(criteria)) or ")
                    + "ids of mandatory requirements, such as \(example)"
            } else {
                "\(candidate) — eliminatory criteria failed (numbers, Enter: none): \(criteria)"
            }
        case .regularisationPrompt(let candidate):
            "\(candidate) — irregular offer: is the bidder asked to regularise it? (y/n, Enter: no)"
        case .lotPrompt(let candidate, let lots):
            "\(candidate) — lot the offer answers, when the purchase is divided (number or id, Enter: none): \(lots)"
        case .lotExpected(let count): "a lot number from 1 to \(count), or its id, expected"

        case .requiredAnswerMissing(let path, let label): "required answer missing: \(path) (“\(label)”)"
        case .cannotSkipRequired: "this question is required: it cannot be skipped"

        case .command(let command):
            switch command {
            case .back: "back to the previous question"
            case .skip: "skip the question (unless required)"
            case .help: "the question's help"
            case .review: "review the section's answers and change one (:r 3 another section, :r all every one)"
            case .diagnostics: "the diagnostics of the sections reached (:d all: of every section)"
            case .later: "I don't know yet: the question stays to be confirmed, the interview goes on"
            case .section: "go to a section, by its number or id (:s 7)"
            case .go: "go to a question (:aller section.question)"
            case .source:
                "the answer's source, typed after it (:source council decision of 12 March; :source - removes it)"
            case .toConfirm: "the answer typed before is to be confirmed (again: it no longer is)"
            case .editItem: "inside a list, enter item N again (:modifier 2)"
            case .deleteItem: "inside a list or a scores grid, delete item N (:suppr 2)"
            case .quit: "save and quit"
            case .commands: "this list"
            }

        case .resuming(let answered, let total): "Resuming: \(answered)/\(total) questions already answered."
        case .welcome(let file):
            "Every answer is saved at once in \(file). Type :h for the commands, ? for a question's help."
        case .sectionHeading(let section, let sections): "== Section \(section)/\(sections): "
        case .position(let section, let sections, let answered, let total):
            "Section \(section)/\(sections) · \(answered)/\(total)"
        case .misconception: "Misconception: "
        case .moreQuestions(let count):
            count == 1 ? "1 more question, opened by your answers" : "\(count) more questions, opened by your answers"
        case .requiredMark: " (required)"
        case .examples(let examples): "Examples: " + examples.joined(separator: "; ")
        case .scaleRange(let minimum, let maximum): "From \(minimum) to \(maximum)"
        case .howToAnswer(let type, let total):
            switch type {
            case .text: "One line of text."
            case .paragraph: "Text over several lines; an empty line ends it."
            case .integer: "A whole number."
            case .number: "A number (12,500 or 1.5)."
            case .boolean: "yes or no (y/n)."
            case .date: "A date YYYY-MM-DD."
            case .time: "A time HH:MM, e.g. 19:30."
            case .single: "The number of one choice."
            case .multiple: "Numbers separated by commas or spaces."
            case .scale: "A score on the scale."
            case .ranking: "The numbers in order, first to last (e.g. 2 1 3)."
            case .points: "Share \(total) points, one number per choice."
            case .list: "One item at a time, field by field; Enter at the first field ends the list."
            case .scores: "One candidate at a time: its name, then its scores; Enter at the name ends."
            }
        case .helpAvailable: " ? for help."
        case .noHelp: "No help for this question."
        case .glossaryEntry(let term, let definition): "  \(term): \(definition)"
        case .unknownCommand(let text):
            "unknown command '\(text)', nothing is saved (type :: for an answer that starts with ':')"
        case .commandsTitle: "Commands, at any prompt:"
        case .enterAcceptsBrackets: "  Enter accepts the value in brackets."
        case .firstQuestion: "this is the first question"
        case .itemsAlreadyEntered(let count): "\(count) item(s) already entered; new ones are added after them."
        case .reviewLine(let number, let label, let answer): "  \(number). \(label): \(answer)"
        case .reviewPrompt: "Question to change (Enter to go on) >"
        case .completeReviewOffer(let sections):
            "Every question is answered. To review a section's answers, type its number (" + sections + ")."
        case .reviewSectionPrompt: "Section to review (Enter to finish) >"
        case .reviewNumberExpected(let count): "a number from 1 to \(count) is expected"
        case .reviewSection(let number, let title): "Section \(number) · \(title)"
        case .leftForLater(let label):
            "'\(label)': to be confirmed. It stays a blocking point (participe check reports it); :aller to come back to it."
        case .unknownSection(let name, let sections): "no section '\(name)'; sections: \(sections)"
        case .unknownQuestion(let name):
            "no question '\(name)': give section.question (:r all lists them with their sections)"
        case .questionNotAsked(let label): "'\(label)' is not asked given your answers"
        case .exclusiveMark: " (only on its own)"
        case .noSuchItem(let count):
            count == 0
                ? "no item to edit or delete here"
                : "an item number from 1 to \(count) is expected (:modifier 2, :suppr 2)"
        case .itemDeleted(let number): "Item \(number) deleted."
        case .paragraphGoesOn: "The lines typed are kept; what you type next is added, an empty line ends the text."
        case .rowsHint: "  :suppr N to delete a row; Enter on the name ends."
        case .alreadyAnswered:
            "this question has an answer: :p is only for a question without one (Enter keeps the answer)"
        case .optionalSkipped: "Optional question: skipped."
        case .toConfirmMark: "to be confirmed"
        case .ambiguousQuestion(let name, let paths): "several questions '\(name)': \(paths); give the section"
        case .sourceSet(let label, let source?): "Source noted for “\(label)”: \(source)"
        case .sourceSet(let label, nil): "Source removed for “\(label)”."
        case .toConfirmSet(let label, true): "The answer to “\(label)” is marked “to be confirmed”."
        case .toConfirmSet(let label, false): "The answer to “\(label)” is no longer “to be confirmed”."
        case .noAnswerToNote: "no answer yet to attach it to: answer first, then type :source or :ac"
        case .provenanceLine(let text): "  (\(text))"
        case .itemLine(let number, let summary): "  \(number). \(summary)"
        case .itemsHint: "  :modifier N to change an item, :suppr N to delete it; Enter on the first field ends."
        }
    }
}
