package se.samverka.homework;

import se.samverka.chat.InputProblem;

/**
 * Bad homework input: a text key and its arguments for the friendly reply. Nothing was
 * stored.
 */
class HomeworkProblem extends InputProblem {

	HomeworkProblem(String key, Object... arguments) {
		super(key, arguments);
	}

}
