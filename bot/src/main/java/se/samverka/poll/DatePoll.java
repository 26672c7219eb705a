package se.samverka.poll;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A poll on the next meeting's date (or anything else), numbered within its network.
 *
 * @param deadline when it closes by itself, or null (then only {@code poll close} closes
 * it)
 * @param anonymous organisers cannot see who voted what
 * @param quorum options where every member organisation has at least one yes win first
 * @param winner the number of the winning option once closed (null while open or without
 * votes)
 */
@Document("polls")
@CompoundIndex(name = "network_number", def = "{'networkId': 1, 'number': 1}", unique = true)
public record DatePoll(@Id String id, String networkId, int number, String question, List<PollOption> options,
		Instant deadline, String zone, boolean anonymous, boolean quorum, PollState state, String createdBy,
		Instant createdAt, Instant closedAt, Integer winner) {

	public enum PollState {

		OPEN, CLOSED

	}

	public DatePoll {
		options = List.copyOf(options);
	}

	public boolean open() {
		return state == PollState.OPEN;
	}

	public Optional<PollOption> option(int number) {
		return options.stream().filter(o -> o.number() == number).findFirst();
	}

}
