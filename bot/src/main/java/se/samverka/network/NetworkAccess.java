package se.samverka.network;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samverka.chat.CommandContext;
import se.samverka.chat.CommandHandler.CommandSpec;
import se.samverka.chat.Message;
import se.samverka.chat.NetworkId;

/**
 * Which network a command is about and whether the caller may run it, the same for every
 * feature: the answer is either the network (with the caller's membership, if any) or the
 * friendly refusal to send instead.
 */
@Component
public class NetworkAccess {

	private final Networks networks;

	NetworkAccess(Networks networks) {
		this.networks = networks;
	}

	/**
	 * The network and the caller's membership in it (null when not a member), or a
	 * refusal.
	 */
	public record Admission(NetworkId network, Membership membership, Message refusal) {

		public boolean allowed() {
			return refusal == null;
		}

		/** The caller's organisation, or null when not a member or none given. */
		public String organisation() {
			return membership == null ? null : membership.organisation();
		}

		/**
		 * This admission if the caller is one of the network's organisers, else the
		 * refusal that says so.
		 */
		public Admission requireOrganiser(CommandContext ctx, CommandSpec spec) {
			if (!allowed() || (membership != null && membership.is(Role.ORGANISER))) {
				return this;
			}
			return refused(ctx.t("error.organisers-only", spec.names().in(ctx.locale())));
		}

		static Admission refused(String text) {
			return new Admission(null, null, Message.text(text));
		}

	}

	/**
	 * The network the command is about, whoever asks; refused only when there is none.
	 */
	public Admission inNetwork(CommandContext ctx) {
		Optional<NetworkId> network = networks.contextFor(ctx.conversation(), ctx.person());
		if (network.isEmpty()) {
			return Admission.refused(ctx.t("error.no-network"));
		}
		return new Admission(network.get(), networks.membership(network.get(), ctx.person()).orElse(null), null);
	}

	/** Members only; others are told {@code notMemberKey}. */
	public Admission members(CommandContext ctx, String notMemberKey) {
		Admission admission = inNetwork(ctx);
		if (admission.allowed() && admission.membership() == null) {
			return Admission.refused(ctx.t(notMemberKey));
		}
		return admission;
	}

	/** Organisers only. */
	public Admission organisers(CommandContext ctx, CommandSpec spec) {
		return inNetwork(ctx).requireOrganiser(ctx, spec);
	}

	/** The network's zone, in which its times are meant. */
	public ZoneId zoneOf(NetworkId network) {
		return networks.find(network).map(Network::timezone).map(ZoneId::of).orElse(ZoneId.of("Europe/Stockholm"));
	}

}
