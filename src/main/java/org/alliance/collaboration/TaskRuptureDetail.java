package org.alliance.collaboration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.care.ClientPagePart.Fragment;
import org.alliance.security.CurrentUser;
import org.alliance.signal.Signal;
import org.alliance.signal.SignalDetail;

import org.springframework.stereotype.Component;

/**
 * What became of a task rupture, read afresh each time its signal's page opens: the
 * smaller task renegotiated from it and how the client reported it; and, for the client's
 * therapist while the signal is worked, the form that renegotiates the last task undone
 * into a smaller one, recorded among the signal's repair steps
 * ({@code templates/collaboration/renegotiation.html}).
 */
@Component
class TaskRuptureDetail implements SignalDetail {

	private final Tasks tasks;

	TaskRuptureDetail(Tasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public String kind() {
		return TaskRuptureScreen.KIND;
	}

	@Override
	public Optional<Reading> read(CurrentUser user, Signal signal, Map<String, String> evidence) {
		List<Task> renegotiated = this.tasks.of(user, signal.clientId())
			.stream()
			.filter((task) -> signal.id().equals(task.signalId()))
			.toList();
		if (renegotiated.isEmpty()) {
			return Optional.of(new Reading("no smaller task agreed yet", null));
		}
		Task task = renegotiated.get(renegotiated.size() - 1);
		return Optional.of(new Reading("smaller task agreed: \"" + task.description() + "\", " + task.minutes()
				+ " minutes, due at session " + task.dueSession() + ": " + CollaborationView.report(task.latest()),
				null));
	}

	@Override
	public Optional<Fragment> part(CurrentUser user, Signal signal) {
		if (!signal.status().inLoop() || !signal.therapistId().equals(user.userId())) {
			return Optional.empty();
		}
		Task last = this.tasks.lastMissed(user, signal);
		if (last == null) {
			return Optional.empty();
		}
		return Optional.of(new Fragment("collaboration/renegotiation-part", "form", formValues(signal, last)));
	}

	/**
	 * The renegotiation form's values: the signal, the task it replaces, a suggested
	 * size.
	 */
	static Map<String, Object> formValues(Signal signal, Task last) {
		Map<String, Object> values = new HashMap<>();
		values.put("signal", signal);
		if (last != null) {
			values.put("last", last);
			values.put("suggested", TaskRuptureScreen.smaller(last.minutes()));
		}
		return values;
	}

}
