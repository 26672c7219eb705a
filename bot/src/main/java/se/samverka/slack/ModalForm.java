package se.samverka.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.TextInput;

/**
 * The modal behind a button of a message that has text inputs: the button's command, its
 * label (the modal's title and submit button) and the inputs. It travels in the button's
 * value, so opening the modal needs no storage; shortened (prefilled values, then
 * placeholders dropped) when it would not fit in Slack's 2,000 characters.
 */
record ModalForm(String command, String label, String close, List<Field> fields) {

	private static final Gson GSON = new Gson();

	static final int MAX_TITLE = 24;

	/** Slack's most for a plain_text_input's max_length. */
	static final int MAX_INPUT = 3_000;

	/**
	 * One input of the modal: a text input, or a drop-down when it has {@code options}
	 * (forms kept from before drop-downs existed have none, and are text inputs).
	 * {@code optional} is true or null, so that a required input adds nothing to the
	 * button's value.
	 */
	record Field(String id, String label, String placeholder, String value, boolean multiline, int maxLength,
			Boolean optional, List<Option> options) {

		Field(String id, String label, String placeholder, String value, boolean multiline, int maxLength) {
			this(id, label, placeholder, value, multiline, maxLength, null, null);
		}

		boolean mayBeEmpty() {
			return Boolean.TRUE.equals(optional);
		}

		boolean choice() {
			return options != null && !options.isEmpty();
		}

	}

	record Option(String value, String label) {
	}

	/** {@code inputs} are the message's text and choice inputs, in order. */
	static ModalForm of(Button button, List<Block> inputs, String close) {
		List<Field> fields = new ArrayList<>();
		for (Block input : inputs) {
			if (input instanceof TextInput i) {
				fields.add(new Field(i.id(), i.label(), i.placeholder(), i.value(), i.multiline(), i.maxLength(),
						i.optional() ? Boolean.TRUE : null, null));
			}
			else if (input instanceof ChoiceInput c) {
				fields.add(new Field(c.id(), c.label(), "", "", false, 0, null,
						c.choices().stream().map(x -> new Option(x.value(), x.label())).toList()));
			}
		}
		return new ModalForm(button.command(), button.label(), close, fields);
	}

	/** The whole form as JSON, however long. */
	String toJson() {
		return GSON.toJson(this);
	}

	/**
	 * The button's value, shortened to fit when needed (see {@link SlackForms} for
	 * keeping it whole), or null when even the shortest form does not fit.
	 */
	String toButtonValue() {
		String json = toJson();
		if (json.length() <= SlackActions.MAX_VALUE) {
			return json;
		}
		json = GSON.toJson(withFields(f -> new Field(f.id(), f.label(), f.placeholder(), "", f.multiline(),
				f.maxLength(), f.optional(), f.options())));
		if (json.length() <= SlackActions.MAX_VALUE) {
			return json;
		}
		json = GSON.toJson(withFields(
				f -> new Field(f.id(), f.label(), "", "", f.multiline(), f.maxLength(), f.optional(), f.options())));
		return json.length() <= SlackActions.MAX_VALUE ? json : null;
	}

	static ModalForm fromButtonValue(String value) {
		if (value == null) {
			throw new IllegalArgumentException("Not a Samverka form");
		}
		try {
			ModalForm form = GSON.fromJson(value, ModalForm.class);
			if (form == null || form.command() == null || form.fields() == null) {
				throw new IllegalArgumentException("Not a Samverka form");
			}
			return form;
		}
		catch (JsonParseException ex) {
			throw new IllegalArgumentException("Not a Samverka form", ex);
		}
	}

	/** The modal for views.open; {@code metadata} says where the answer goes. */
	Map<String, Object> toView(FormOrigin origin) {
		List<Object> blocks = new ArrayList<>();
		for (Field field : fields) {
			Map<String, Object> element = field.choice() ? select(field) : textInput(field);
			String label = field.label() == null || field.label().isBlank() ? field.id() : field.label();
			Map<String, Object> block = BlockKitRenderer.map("type", "input", "block_id", field.id(), "label",
					BlockKitRenderer.plain(Mrkdwn.truncate(label, 2_000)), "element", element);
			if (field.mayBeEmpty()) {
				block.put("optional", true);
			}
			blocks.add(block);
		}
		return BlockKitRenderer.map("type", "modal", "callback_id", SlackActions.FORM_CALLBACK, "title",
				BlockKitRenderer.plain(Mrkdwn.truncate(label, MAX_TITLE)), "submit",
				BlockKitRenderer.plain(Mrkdwn.truncate(label, MAX_TITLE)), "close",
				BlockKitRenderer.plain(Mrkdwn.truncate(close, MAX_TITLE)), "private_metadata", origin.toMetadata(),
				"blocks", blocks);
	}

	private static Map<String, Object> textInput(Field field) {
		Map<String, Object> element = BlockKitRenderer.map("type", "plain_text_input", "action_id", field.id(),
				"multiline", field.multiline(), "max_length", Math.min(MAX_INPUT, Math.max(1, field.maxLength())));
		if (field.value() != null && !field.value().isBlank()) {
			element.put("initial_value", field.value());
		}
		if (field.placeholder() != null && !field.placeholder().isBlank()) {
			element.put("placeholder", BlockKitRenderer.plain(Mrkdwn.truncate(field.placeholder(), 150)));
		}
		return element;
	}

	/** Slack's option texts hold at most 75 characters and values 150. */
	private static Map<String, Object> select(Field field) {
		List<Object> options = field.options()
			.stream()
			.map(o -> (Object) BlockKitRenderer.map("text", BlockKitRenderer.plain(Mrkdwn.truncate(o.label(), 75)),
					"value", o.value()))
			.toList();
		return BlockKitRenderer.map("type", "static_select", "action_id", field.id(), "options", options);
	}

	private ModalForm withFields(java.util.function.UnaryOperator<Field> change) {
		return new ModalForm(command, label, close, fields.stream().map(change).toList());
	}

	/**
	 * Where a submitted modal's command came from and where its answer goes, carried in
	 * the view's private_metadata.
	 */
	record FormOrigin(String command, String team, String channel, boolean personal, String responseUrl) {

		String toMetadata() {
			String json = GSON.toJson(this);
			if (json.length() > SlackActions.MAX_METADATA) {
				json = GSON.toJson(new FormOrigin(command, team, channel, personal, null));
			}
			return json;
		}

		static FormOrigin fromMetadata(String metadata) {
			try {
				FormOrigin origin = GSON.fromJson(metadata, FormOrigin.class);
				if (origin == null || origin.command() == null) {
					throw new IllegalArgumentException("Not a Samverka modal");
				}
				return origin;
			}
			catch (JsonParseException ex) {
				throw new IllegalArgumentException("Not a Samverka modal", ex);
			}
		}

	}

}
