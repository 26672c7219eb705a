package se.samverka.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.samverka.chat.Block;
import se.samverka.chat.Block.Actions;
import se.samverka.chat.Block.Bar;
import se.samverka.chat.Block.BarChart;
import se.samverka.chat.Block.Button;
import se.samverka.chat.Block.ChoiceInput;
import se.samverka.chat.Block.Fact;
import se.samverka.chat.Block.Facts;
import se.samverka.chat.Block.Heading;
import se.samverka.chat.Block.Paragraph;
import se.samverka.chat.Block.TextInput;
import se.samverka.chat.Languages;
import se.samverka.chat.Message;

/**
 * A neutral {@link Message} as Block Kit. Slack's limits are kept by splitting, never by
 * refusing: at most 50 blocks and 40,000 characters of text per message (more become
 * further messages), text objects of at most 3,000 characters, ten fields per section, 25
 * buttons per actions block. Every text from the message is escaped (see {@link Mrkdwn}).
 *
 * <p>
 * Slack messages cannot hold text inputs. When a message has inputs, its buttons open a
 * modal with those inputs instead; submitting the modal runs the button's command with
 * what was typed. A form too big for the button's value is kept in {@link SlackForms}.
 */
@Component
class BlockKitRenderer {

	static final int MAX_BLOCKS = 50;

	static final int MAX_TEXT = 3_000;

	static final int MAX_FIELD = 2_000;

	static final int MAX_FIELDS = 10;

	static final int MAX_BUTTONS = 25;

	static final int MAX_BUTTON_LABEL = 75;

	static final int MAX_HEADER = 150;

	static final int MAX_MESSAGE_TEXT = 40_000;

	/** Characters in a chart's text bar. */
	static final int CHART_CELLS = 10;

	private final MessageSource texts;

	private final SlackForms forms;

	@Autowired
	BlockKitRenderer(MessageSource texts, SlackForms forms) {
		this.texts = texts;
		this.forms = forms;
	}

	/**
	 * Without a place to keep big forms: their prefilled values are dropped to fit in the
	 * button.
	 */
	BlockKitRenderer(MessageSource texts) {
		this(texts, null);
	}

	List<SlackMessage> render(Message message, Locale locale) {
		List<Block> inputs = message.blocks()
			.stream()
			.filter(b -> b instanceof TextInput || b instanceof ChoiceInput)
			.toList();
		Rendering rendering = new Rendering(inputs, locale);
		for (Block block : message.blocks()) {
			rendering.add(block);
		}
		return rendering.messages();
	}

	private String text(Locale locale, String key, Object... args) {
		return texts.getMessage(key, args, key, Languages.isEnglish(locale) ? Languages.ENGLISH : Languages.SWEDISH);
	}

	/** One rendered Slack block and its plain text for the fallback. */
	private record Part(Map<String, Object> block, String plain) {
	}

	private final class Rendering {

		private final List<Part> parts = new ArrayList<>();

		private final List<Block> inputs;

		private final Locale locale;

		private int buttonCount;

		Rendering(List<Block> inputs, Locale locale) {
			this.inputs = inputs;
			this.locale = locale;
		}

		void add(Block block) {
			if (block instanceof Heading h) {
				heading(h.text());
			}
			else if (block instanceof Paragraph p) {
				paragraph(p);
			}
			else if (block instanceof Facts f) {
				facts(f.facts());
			}
			else if (block instanceof Actions a) {
				actions(a.buttons());
			}
			else if (block instanceof TextInput i) {
				input(i.label());
			}
			else if (block instanceof ChoiceInput c) {
				input(c.label());
			}
			else if (block instanceof BarChart c) {
				chart(c);
			}
			else {
				parts.add(new Part(map("type", "divider"), ""));
			}
		}

		private void heading(String text) {
			String flat = text.replaceAll("\\s+", " ").strip();
			if (!flat.isEmpty() && flat.length() <= MAX_HEADER) {
				parts.add(new Part(map("type", "header", "text", plain(flat)), Mrkdwn.escape(flat)));
				return;
			}
			for (String piece : Mrkdwn.escapeAndSplit(text, MAX_TEXT - 2)) {
				parts.add(new Part(section("*" + piece + "*"), piece));
			}
		}

		private void paragraph(Paragraph p) {
			String prefix = switch (p.tone()) {
				case GOOD -> ":white_check_mark: ";
				case WARNING -> ":warning: ";
				default -> "";
			};
			for (String piece : Mrkdwn.escapeAndSplit(p.text(), MAX_TEXT - prefix.length())) {
				if (p.tone() == Block.Tone.SUBTLE) {
					parts.add(new Part(map("type", "context", "elements", List.of(mrkdwn(piece))), piece));
				}
				else {
					parts.add(new Part(section(prefix + piece), prefix + piece));
				}
			}
		}

		private void facts(List<Fact> facts) {
			List<Map<String, Object>> fields = new ArrayList<>();
			List<String> plain = new ArrayList<>();
			for (Fact fact : facts) {
				String field = "*" + Mrkdwn.escape(fact.label()) + "*\n" + Mrkdwn.escape(fact.value());
				if (field.length() <= MAX_FIELD) {
					fields.add(mrkdwn(field));
					plain.add(Mrkdwn.escape(fact.label() + ": " + fact.value()));
					if (fields.size() == MAX_FIELDS) {
						flushFields(fields, plain);
					}
				}
				else {
					flushFields(fields, plain);
					heading(fact.label());
					paragraph(new Paragraph(fact.value()));
				}
			}
			flushFields(fields, plain);
		}

		private void flushFields(List<Map<String, Object>> fields, List<String> plain) {
			if (!fields.isEmpty()) {
				parts.add(new Part(map("type", "section", "fields", List.copyOf(fields)), String.join("\n", plain)));
				fields.clear();
				plain.clear();
			}
		}

		/**
		 * A chart as compact text bars, one line per bar ({@code ▇▇▇▁▁ 3 of 5  Label}),
		 * the title in bold; a long chart is split over sections like any long text.
		 */
		private void chart(BarChart chart) {
			int scale = chart.scale();
			StringBuilder lines = new StringBuilder();
			for (Bar bar : chart.bars()) {
				int filled = bar.cells(scale, CHART_CELLS);
				lines.append("▇".repeat(filled))
					.append("▁".repeat(CHART_CELLS - filled))
					.append(' ')
					.append(Mrkdwn.truncate(bar.caption(), 40))
					.append("  ")
					.append(Mrkdwn.truncate(bar.label(), 200))
					.append('\n');
			}
			if (!chart.title().isBlank()) {
				String title = Mrkdwn.truncate(chart.title().replaceAll("\\s+", " ").strip(), 300);
				parts.add(new Part(section("*" + Mrkdwn.escape(title) + "*"), Mrkdwn.escape(title)));
			}
			for (String piece : Mrkdwn.escapeAndSplit(lines.toString().stripTrailing(), MAX_TEXT)) {
				parts.add(new Part(section(piece), piece));
			}
		}

		private void actions(List<Button> buttons) {
			List<Map<String, Object>> elements = new ArrayList<>();
			for (Button button : buttons) {
				Map<String, Object> element = button(button);
				if (element == null) {
					continue;
				}
				elements.add(element);
				if (elements.size() == MAX_BUTTONS) {
					parts.add(new Part(map("type", "actions", "elements", List.copyOf(elements)), ""));
					elements.clear();
				}
			}
			if (!elements.isEmpty()) {
				parts.add(new Part(map("type", "actions", "elements", List.copyOf(elements)), ""));
			}
		}

		private Map<String, Object> button(Button button) {
			String value;
			String actionId;
			if (inputs.isEmpty()) {
				value = button.command();
				actionId = SlackActions.COMMAND_PREFIX + buttonCount;
			}
			else {
				List<Block> fitting = inputs.stream()
					.map(input -> input instanceof TextInput text ? fitting(text, button) : input)
					.toList();
				ModalForm form = ModalForm.of(button, fitting, text(locale, "slack.modal.cancel"));
				value = forms == null ? form.toButtonValue() : forms.buttonValue(form);
				actionId = SlackActions.FORM_PREFIX + buttonCount;
			}
			if (value == null || value.length() > SlackActions.MAX_VALUE) {
				// Commands are written by the bot and short; one this long is a bug, not
				// a reason to fail the message.
				return null;
			}
			buttonCount++;
			Map<String, Object> element = map("type", "button", "action_id", actionId, "text",
					plain(Mrkdwn.truncate(button.label(), MAX_BUTTON_LABEL)), "value", value);
			if (button.primary()) {
				element.put("style", "primary");
			}
			return element;
		}

		/**
		 * A Slack input holds at most {@link ModalForm#MAX_INPUT} characters. A longer
		 * prefilled value is left out rather than cut (submitting a cut agenda would drop
		 * its last slots); the placeholder says how to send the text instead.
		 */
		private TextInput fitting(TextInput input, Button button) {
			if (input.value().length() <= ModalForm.MAX_INPUT) {
				return input;
			}
			return new TextInput(input.id(), input.label(),
					text(locale, "slack.modal.too-long", ModalForm.MAX_INPUT, button.command()), "", input.multiline(),
					input.maxLength(), input.optional());
		}

		private void input(String label) {
			// The input itself lives in the modal the message's buttons open; here only
			// its label shows.
			if (!label.isBlank()) {
				String piece = Mrkdwn.escapeAndSplit(label, MAX_TEXT).get(0);
				parts.add(new Part(map("type", "context", "elements", List.of(mrkdwn(":pencil2: " + piece))), piece));
			}
		}

		/**
		 * The parts in order, cut into messages of at most {@link #MAX_BLOCKS} blocks and
		 * {@link #MAX_MESSAGE_TEXT} characters of text, so the fallback text never needs
		 * cutting either.
		 */
		List<SlackMessage> messages() {
			List<SlackMessage> messages = new ArrayList<>();
			List<Part> chunk = new ArrayList<>();
			int size = 0;
			for (Part part : parts) {
				int partSize = Math.max(textLength(part.block()), part.plain().length() + 1);
				if (!chunk.isEmpty() && (chunk.size() == MAX_BLOCKS || size + partSize > MAX_MESSAGE_TEXT)) {
					messages.add(message(chunk));
					chunk = new ArrayList<>();
					size = 0;
				}
				chunk.add(part);
				size += partSize;
			}
			if (!chunk.isEmpty()) {
				messages.add(message(chunk));
			}
			return messages;
		}

		private SlackMessage message(List<Part> chunk) {
			String text = chunk.stream().map(Part::plain).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
			return new SlackMessage(chunk.stream().map(Part::block).toList(),
					Mrkdwn.truncate(text.isBlank() ? " " : text, MAX_MESSAGE_TEXT));
		}

	}

	/** Characters in all the text objects of a block, however deep. */
	static int textLength(Object node) {
		int length = 0;
		if (node instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if ("text".equals(entry.getKey()) && entry.getValue() instanceof String text) {
					length += text.length();
				}
				else {
					length += textLength(entry.getValue());
				}
			}
		}
		else if (node instanceof List<?> list) {
			for (Object item : list) {
				length += textLength(item);
			}
		}
		return length;
	}

	private static Map<String, Object> section(String mrkdwn) {
		return map("type", "section", "text", mrkdwn(mrkdwn));
	}

	static Map<String, Object> mrkdwn(String text) {
		return map("type", "mrkdwn", "text", text);
	}

	static Map<String, Object> plain(String text) {
		return map("type", "plain_text", "text", text, "emoji", true);
	}

	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
