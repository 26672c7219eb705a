package se.samverka.chat;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The application's own bundles as {@link Texts}, for unit tests without the app. */
public final class AppTexts {

	private AppTexts() {
	}

	public static Texts texts() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			PluralMessages bundles = new PluralMessages("i18n/messages");
			context.registerBean("messageSource", PluralMessages.class, () -> bundles);
			context.register(Texts.class);
			context.refresh();
			return context.getBean(Texts.class);
		}
	}

}
