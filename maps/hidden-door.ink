// The hidden door (maps/hidden-door.tmj): the passage behind Mira's wardrobe. Each relic of the time
// before the pods is a Clue whose knot is named after it; the children share these later, so each one
// is a small, particular thing somebody loved. The map counts them in `fragments` and lit lamps in
// `lamps_lit` (the map's `sets` changes them before a knot plays).
VAR fragments = 0
VAR lamps_lit = 0

=== intro ===
Mira: Down the stairs behind Grandma's wardrobe. Cold air, and dust that smells like her coats. # face: worried
Mira: No pod hum in here. Only my own breathing.
Mira: Something hums further in, though. Something that isn't ours.
Mira: Old things are lying about. I'll look at them with %interact%, and keep to %sneak%. # face: calm
-> END

=== page ===
Mira: A page torn out of a storybook, soft as a handkerchief.
Mira: "...and the little bear counted the stars until the stars counted him back, and both of them fell asleep."
Mira: The corner is worn round where a thumb held it. Somebody read this out loud, every night. # face: happy
-> END

=== music_box ===
Mira: A music box, the paint nearly gone. The key still turns.
Mira: Four notes climbing, one coming back down. Slow, like someone rocking.
Mira: Mum hums that when she thinks nobody's listening. # face: happy
-> END

=== photograph ===
Mira: A photograph. Children lying in long grass with blankets to their chins, looking up.
Mira: On the back, in pencil: "The last summer before the pods. We stayed out till the owls went quiet."
Mira: They're not asleep. They're dreaming with their eyes open. # face: happy
-> END

=== record ===
Mira: A record in a paper sleeve: "Lullabies for a Clear Night".
Mira: No pod can play this. It needs a needle, and somebody patient enough to lift it.
Mira: I'll keep the name. Keeping a name is a way of keeping the song.
-> END

=== toy ===
Mira: A wooden horse on wheels, one ear chewed flat.
Mira: Somebody small took this to bed every night. No screen, no timer. Just something to hold. # face: happy
-> END

=== lamp ===
{ lamps_lit:
- 1:
    Mira: The wick takes the match. Warm light, real light, wobbling on the bricks. # face: happy
    Mira: I can see the way now. And anything awake can see me. # face: worried
- else:
    Mira: Another lamp. The dark steps back a little further.
}
-> END

=== door ===
{ fragments >= 5:
    Mira: Every one of them. My pockets are full of other people's bedtimes. # face: happy
}
Mira: A door of real wood, with a brass lock shaped like a crescent moon.
Mira: It's warm under my hand, as if the things I carry woke it up.
Mira: I only have to open it. %interact%
-> END

=== outro ===
Mira: Stars. Painted across the ceiling, hundreds of them, and a fire somebody has left burning low. # face: happy
Mira: And voices, further in. Children's voices, whispering like it's a secret.
Mira: I'm not the only one who'd rather sleep under the stars.
-> END
