package dev.harbor.diary.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dev.harbor.common.ui.LimitedUpload;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.ImportReport;

/**
 * Takes a diary the client kept elsewhere, as a CSV or JSON file (the format is in the
 * README). The whole file is checked first: every bad row is listed with its line number
 * and nothing is imported until the file is clean.
 */
class ImportDialog extends Dialog {

	private static final Set<String> IMPORTED_FIELDS = Set.of("happenedAt", "writtenAt", "situation", "thoughts",
			"feelings", "body", "behaviours", "needs", "traps", "triedInstead", "howItWent", "relationship");

	private final DiaryService diary;

	private final long clientId;

	private final Runnable imported;

	private final Div report = new Div();

	ImportDialog(DiaryService diary, long clientId, Runnable imported) {
		this.diary = diary;
		this.clientId = clientId;
		this.imported = imported;
		setHeaderTitle(getTranslation("diary.import.title"));
		UI ui = UI.getCurrentOrThrow();
		// Uploads arrive outside the session lock; the service call runs in the upload's
		// own request (signed in as usual) and the result is shown under the lock.
		Upload upload = new Upload(new LimitedUpload(ImportReport.MAX_BYTES, (fileName, content) -> {
			ImportReport result = diary.importDiary(clientId, fileName, content);
			ui.access(() -> show(result));
		}, () -> ui.access(() -> show(tooLarge()))));
		upload.setMaxFiles(1);
		upload.setMaxFileSize(ImportReport.MAX_BYTES);
		upload.setAcceptedFileTypes(".csv", ".json", "text/csv", "application/json");
		upload.addFileRejectedListener(rejected -> show(tooLarge()));
		upload.setI18n(uploadWords());
		report.addClassName("harbor-import-report");
		add(new Paragraph(getTranslation("diary.import.intro")), upload, report);
		getFooter().add(new Button(getTranslation("action.close"), click -> close()));
		setWidth("min(40rem, 96vw)");
	}

	/** Vaadin's upload speaks English whatever the locale; these are the page's words. */
	private UploadI18N uploadWords() {
		UploadI18N words = new UploadI18N();
		words.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")));
		words.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")));
		words.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.tooMany"))
			.setFileIsTooBig(getTranslation("diary.import.tooLarge"))
			.setIncorrectFileType(getTranslation("diary.import.rejected")));
		words.setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry"))
			.setStart(getTranslation("upload.start"))
			.setRemove(getTranslation("upload.remove")));
		words.setUploading(new UploadI18N.Uploading()
			.setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
				.setStalled(getTranslation("upload.stalled"))
				.setProcessing(getTranslation("upload.processing"))
				.setHeld(getTranslation("upload.held")))
			.setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("upload.remaining"))
				.setUnknown(getTranslation("upload.remainingUnknown")))
			.setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("upload.unavailable"))
				.setUnexpectedServerError(getTranslation("upload.unexpected"))
				.setForbidden(getTranslation("upload.forbidden"))));
		return words;
	}

	private static ImportReport tooLarge() {
		return new ImportReport(0, List.of(new ImportReport.Problem(0, "file", "diary.import.rejected")), List.of());
	}

	/** Reads a file as if it had been uploaded; also what the upload itself calls. */
	void receive(String fileName, byte[] content) {
		show(diary.importDiary(clientId, fileName, content));
	}

	private void show(ImportReport result) {
		report.removeAll();
		if (!result.succeeded()) {
			report.add(new Paragraph(getTranslation("diary.import.refused", result.problems().size())));
			UnorderedList problems = new UnorderedList();
			result.problems()
				.forEach(problem -> problems.add(new ListItem(problem.line() == 0 ? getTranslation(problem.messageKey())
						: getTranslation("diary.import.problem", problem.line(), fieldLabel(problem.field()),
								getTranslation(problem.messageKey())))));
			report.add(problems);
			return;
		}
		report.add(new Paragraph(getTranslation("diary.import.done", result.imported())));
		if (!result.duplicateLines().isEmpty()) {
			report.add(new Paragraph(getTranslation("diary.import.duplicates", result.duplicateLines().size(),
					result.duplicateLines().stream().map(String::valueOf).collect(Collectors.joining(", ")))));
		}
		imported.run();
	}

	/**
	 * The form's label for a field an import problem names: the diary's own field names,
	 * each of which has its label under {@code diary.field.}.
	 */
	private String fieldLabel(String field) {
		if (!IMPORTED_FIELDS.contains(field)) {
			throw new IllegalStateException("No label for the imported field \"" + field + "\"");
		}
		return getTranslation("diary.field." + field);
	}

}
