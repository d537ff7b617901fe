"""The teacher's question-set editor: the window, the question form and its dialog."""

from ui.teacher.editor.question_dialog import QuestionDialog
from ui.teacher.editor.question_form import QuestionForm
from ui.teacher.editor.set_editor import SetEditorWindow

__all__ = ["QuestionDialog", "QuestionForm", "SetEditorWindow"]
