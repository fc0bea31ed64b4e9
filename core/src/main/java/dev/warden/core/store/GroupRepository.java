package dev.warden.core.store;

import dev.warden.core.model.Group;
import dev.warden.core.model.User;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface GroupRepository {
    Optional<Group> findByName(String accountId, String groupName);

    Optional<Group> findById(String groupId);

    void insert(Group group);

    void update(Group group);

    void delete(String groupId);

    List<Group> list(String accountId, ListWindow window);

    int count(String accountId);

    /** Adds the membership; false when it already existed. */
    boolean addMember(String groupId, String userId, java.time.Instant at);

    /** Removes the membership; false when there was none. */
    boolean removeMember(String groupId, String userId);

    List<User> members(String groupId);

    int countMembers(String groupId);

    List<Group> groupsOf(String userId);

    /** The groups of many users, by user id, each list ordered by lower-cased group name. */
    Map<String, List<Group>> groupsOfUsers(Collection<String> userIds);

    /** The groups of every user of the account that is in one, by user id, each list ordered by lower-cased name. */
    Map<String, List<Group>> groupsOfUsersInAccount(String accountId);
}
