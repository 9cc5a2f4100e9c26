import Foundation
import ParticipeCore
import Testing

@Suite("File messages in French and English")
struct FileMessageTests {
    @Test func aReferenceDocumentsProblemIsFrench() {
        let path = "modele.docx"
        #expect(
            FileMessage.unusableReference(path: path, problem: .notZip).french
                == "modele.docx: erreur : document de référence inutilisable : ce n'est pas une archive ZIP")
        #expect(
            FileMessage.unusableReference(path: path, problem: .missingPart("word/styles.xml")).french
                == "modele.docx: erreur : document de référence inutilisable : il n'a pas de partie word/styles.xml")
        #expect(
            FileMessage.unusableReference(path: path, problem: .partNotFile("styles.xml")).french
                == "modele.docx: erreur : document de référence inutilisable : sa partie styles.xml n'est pas un "
                + "fichier")
        #expect(
            FileMessage.unusableReference(path: path, problem: .damagedPart("styles.xml")).french
                == "modele.docx: erreur : document de référence inutilisable : sa partie styles.xml est illisible "
                + "(une archive abîmée)")
        #expect(
            FileMessage.unusableReference(path: path, problem: .missingPart("styles.xml")).english
                == "modele.docx: error: unusable reference document: it has no styles.xml")
    }

    /// Saves and exports share one wording: the same failure reads the same wherever it happens.
    @Test func writeFailuresHaveOneWording() {
        #expect(
            FileMessage.cannotWrite(path: "out/a.docx", code: ENAMETOOLONG).french
                == "le nom « out/a.docx » est trop long")
        #expect(
            FileMessage.cannotWrite(path: "out/a.docx", code: EIO).french
                == "erreur d'entrée-sortie du disque lors de l'écriture de « out/a.docx »")
        #expect(
            FileMessage.cannotWrite(path: "out/a.docx", code: EISDIR).english
                == "cannot write out/a.docx: a folder already has that name")
        #expect(FileMessage.cannotWrite(path: "a", code: nil).french == "impossible d'écrire « a »")
        #expect(
            AtomicFileError(path: "a", code: ELOOP).message(language: .french)
                == FileMessage.cannotWrite(path: "a", code: ELOOP).french)
        #expect(
            FileMessage.cannotCreateFolder(path: "out", code: EACCES).french
                == "permission refusée pour créer le dossier « out »")
    }

    @Test func refusalsEndASentence() {
        #expect(FolderBoundary.Refusal.parentReference.reason(language: .french) == "il remonte avec « .. »")
        #expect(FolderBoundary.Refusal.separator.reason(language: .english) == "it holds a '/'")
        #expect(
            FileMessage.notAPlainName("../x", .parentReference).french
                == "le nom de fichier « ../x » n'est pas un simple nom : il remonte avec « .. »")
    }
}
